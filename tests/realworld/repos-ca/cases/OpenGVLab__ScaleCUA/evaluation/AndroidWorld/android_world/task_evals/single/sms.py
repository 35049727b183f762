stub: upstream file of 10875 bytes
