stub: upstream file of 944846 bytes
