stub: upstream file of 10083 bytes
