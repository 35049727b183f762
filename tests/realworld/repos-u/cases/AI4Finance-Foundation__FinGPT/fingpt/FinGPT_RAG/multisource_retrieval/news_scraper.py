stub: upstream file of 30152 bytes
