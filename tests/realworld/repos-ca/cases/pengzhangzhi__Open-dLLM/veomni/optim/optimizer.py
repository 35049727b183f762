stub: upstream file of 20186 bytes
