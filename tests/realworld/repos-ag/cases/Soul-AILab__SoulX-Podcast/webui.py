stub: upstream file of 27941 bytes
