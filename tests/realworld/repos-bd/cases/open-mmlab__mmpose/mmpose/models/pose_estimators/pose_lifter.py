stub: upstream file of 13871 bytes
