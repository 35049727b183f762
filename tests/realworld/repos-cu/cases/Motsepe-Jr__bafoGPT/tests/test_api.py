stub: upstream file of 14208 bytes
