stub: upstream file of 152890 bytes
