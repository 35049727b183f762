stub: upstream file of 88553 bytes
