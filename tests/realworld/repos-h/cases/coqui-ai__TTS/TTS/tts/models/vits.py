stub: upstream file of 81849 bytes
