stub: upstream file of 3243 bytes
