stub: upstream file of 16999 bytes
