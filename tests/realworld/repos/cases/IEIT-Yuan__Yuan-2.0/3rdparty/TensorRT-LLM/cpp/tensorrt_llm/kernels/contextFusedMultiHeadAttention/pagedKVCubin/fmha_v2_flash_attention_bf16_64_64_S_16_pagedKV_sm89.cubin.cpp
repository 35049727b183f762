stub: upstream file of 333928 bytes
