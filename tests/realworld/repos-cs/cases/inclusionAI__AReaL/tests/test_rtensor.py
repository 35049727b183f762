stub: upstream file of 42291 bytes
