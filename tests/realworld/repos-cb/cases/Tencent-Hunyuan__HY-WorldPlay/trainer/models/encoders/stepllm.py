stub: upstream file of 19890 bytes
