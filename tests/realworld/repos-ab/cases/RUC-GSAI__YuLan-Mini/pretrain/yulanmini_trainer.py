stub: upstream file of 30890 bytes
