stub: upstream file of 26361 bytes
