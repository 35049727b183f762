stub: upstream file of 23513 bytes
