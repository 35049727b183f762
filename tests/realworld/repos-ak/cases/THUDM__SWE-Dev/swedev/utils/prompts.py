stub: upstream file of 15721 bytes
