stub: upstream file of 31220 bytes
