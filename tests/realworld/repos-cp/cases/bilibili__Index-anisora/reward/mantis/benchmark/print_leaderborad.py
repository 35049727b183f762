stub: upstream file of 2890 bytes
