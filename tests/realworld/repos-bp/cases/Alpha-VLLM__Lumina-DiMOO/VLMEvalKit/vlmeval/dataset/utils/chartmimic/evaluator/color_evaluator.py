stub: upstream file of 11511 bytes
