stub: upstream file of 21807 bytes
