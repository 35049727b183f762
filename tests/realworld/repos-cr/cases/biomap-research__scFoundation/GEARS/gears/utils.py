stub: upstream file of 14542 bytes
