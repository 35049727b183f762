stub: upstream file of 9551 bytes
