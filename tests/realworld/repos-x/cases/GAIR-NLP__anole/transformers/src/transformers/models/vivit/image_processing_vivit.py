stub: upstream file of 19553 bytes
