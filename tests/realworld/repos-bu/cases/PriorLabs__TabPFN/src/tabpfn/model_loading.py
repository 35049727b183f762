stub: upstream file of 47868 bytes
