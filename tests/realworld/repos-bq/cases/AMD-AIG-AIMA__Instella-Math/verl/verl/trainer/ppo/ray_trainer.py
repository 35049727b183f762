stub: upstream file of 55513 bytes
