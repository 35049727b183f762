stub: upstream file of 20799 bytes
