stub: upstream file of 22126 bytes
