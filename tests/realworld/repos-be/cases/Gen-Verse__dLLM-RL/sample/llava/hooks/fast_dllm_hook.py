stub: upstream file of 23553 bytes
