stub: upstream file of 7288 bytes
