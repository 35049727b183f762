stub: upstream file of 16936 bytes
