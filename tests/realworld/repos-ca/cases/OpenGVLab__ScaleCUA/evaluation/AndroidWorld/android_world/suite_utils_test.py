stub: upstream file of 24163 bytes
