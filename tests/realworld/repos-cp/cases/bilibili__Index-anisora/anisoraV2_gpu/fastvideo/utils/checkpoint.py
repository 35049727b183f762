stub: upstream file of 11201 bytes
