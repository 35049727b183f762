stub: upstream file of 32918 bytes
