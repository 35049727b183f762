stub: upstream file of 6857 bytes
