stub: upstream file of 16782 bytes
