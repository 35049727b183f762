stub: upstream file of 11890 bytes
