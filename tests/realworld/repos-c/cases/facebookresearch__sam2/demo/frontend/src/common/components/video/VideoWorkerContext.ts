stub: upstream file of 24944 bytes
