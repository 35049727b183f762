stub: upstream file of 22841 bytes
