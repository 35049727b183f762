stub: upstream file of 14890 bytes
