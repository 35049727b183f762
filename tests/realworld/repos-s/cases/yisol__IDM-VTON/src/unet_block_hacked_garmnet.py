stub: upstream file of 139379 bytes
