stub: upstream file of 29985 bytes
