stub: upstream file of 1198 bytes
