stub: upstream file of 69276 bytes
