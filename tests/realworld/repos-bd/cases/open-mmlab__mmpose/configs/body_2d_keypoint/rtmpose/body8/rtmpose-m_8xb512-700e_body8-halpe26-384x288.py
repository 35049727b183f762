stub: upstream file of 13890 bytes
