stub: upstream file of 23726 bytes
