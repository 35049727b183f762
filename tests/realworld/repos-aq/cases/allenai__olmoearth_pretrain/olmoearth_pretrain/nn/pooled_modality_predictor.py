stub: upstream file of 36957 bytes
