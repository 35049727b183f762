stub: upstream file of 46644 bytes
