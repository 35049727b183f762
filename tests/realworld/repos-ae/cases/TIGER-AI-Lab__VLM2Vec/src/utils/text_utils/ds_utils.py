stub: upstream file of 19681 bytes
