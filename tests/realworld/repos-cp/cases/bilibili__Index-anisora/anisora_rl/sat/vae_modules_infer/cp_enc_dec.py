stub: upstream file of 33791 bytes
