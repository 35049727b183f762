stub: upstream file of 13789 bytes
