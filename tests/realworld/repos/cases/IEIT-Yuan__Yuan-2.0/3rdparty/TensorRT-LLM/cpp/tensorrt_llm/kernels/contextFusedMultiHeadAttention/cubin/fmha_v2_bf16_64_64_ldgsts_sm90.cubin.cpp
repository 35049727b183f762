stub: upstream file of 632188 bytes
